package fr.reseau.ecoles.academic;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AcademicGroupRepository
    extends JpaRepository<AcademicGroup, String>, AcademicGroupQueries {

  List<AcademicGroup> findAllByOrderByAcademieAscIdAsc();

  boolean existsByReferentUserId(String userId);
}
