package fr.reseau.ecoles.academic;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NationalRepresentativeRepository
    extends JpaRepository<NationalRepresentative, String> {

  List<NationalRepresentative> findAllByOrderByUserId();
}
